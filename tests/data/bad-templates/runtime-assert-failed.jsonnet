function(ctx)
  local name = ctx.identity.traits.name.first;
  assert std.length(name) > 10 : 'first name too short';
  { subject: 'Hi ' + name }

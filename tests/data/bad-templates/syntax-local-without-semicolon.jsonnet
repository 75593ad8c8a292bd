function(ctx)
  local name = ctx.identity.traits.name.first
  'Hi ' + name

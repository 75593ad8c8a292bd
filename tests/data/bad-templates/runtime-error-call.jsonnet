function(ctx)
  local email = ctx.identity.traits.email;
  if std.length(email) > 0 then
    error 'Refusing to mail ' + email
  else { a: 1 }

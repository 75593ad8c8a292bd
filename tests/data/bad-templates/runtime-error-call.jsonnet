function(ctx)
  local email = ctx.identity.traits.email;
  if std.endsWith(email, '@example.org') then
    error 'Refusing to mail example.org'
  else { a: 1 }

function(ctx)
  if std.objectHas(ctx.identity.traits, 'email') then { a: 1 } else error 'cancel'

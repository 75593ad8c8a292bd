function(ctx)
  if !std.objectHas(ctx.identity.traits, 'phone') then error 'cancel'
  else { a: 1 }

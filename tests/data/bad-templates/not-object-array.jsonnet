function(ctx) [
  ctx.identity.traits.email,
]

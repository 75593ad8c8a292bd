function(ctx) {
  a: 1,
  b: 2,
  c: ctx.identity.traits.phone,
}

function(ctx) {
  a: ctx.identity.traits.email[100],
}

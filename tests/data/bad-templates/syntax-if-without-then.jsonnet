function(ctx) {
  a: if ctx.identity.id == '' 1 else 2,
}

function(ctx) {
  a: ctx.identity[0],
}

function(ctx) {
  a: 1,
  ratio: 10 / (std.length(ctx.transient_payload)),
}

function(ctx) {
  aÿ: 1,
}

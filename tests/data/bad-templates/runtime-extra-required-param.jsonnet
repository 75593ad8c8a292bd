function(ctx, key) {
  key: key,
}

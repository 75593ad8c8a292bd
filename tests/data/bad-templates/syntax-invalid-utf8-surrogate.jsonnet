function(ctx) {
  text: 'í €',
}

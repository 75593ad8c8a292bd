function(ctx) {
  a: 1,
  text: 'À¯',
}

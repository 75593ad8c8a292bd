function(ctx) {
  subject: 'Hi'
  text: 'x',
}

function(ctx) {
  subject: 'Welcome,
  text: 'x',
}

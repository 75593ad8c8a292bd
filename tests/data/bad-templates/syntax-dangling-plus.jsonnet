function(ctx) {
  subject: 'Hi ' +,
}

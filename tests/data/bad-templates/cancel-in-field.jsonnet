function(ctx) {
  message: {
    subject: error 'cancel',
  },
}

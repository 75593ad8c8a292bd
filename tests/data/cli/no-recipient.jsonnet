function(ctx) {
  message: {
    from_email: 'welcome@example.com',
    subject: 'Welcome',
    text: 'Hello',
  },
}

function(ctx) {
  tags: [
    'welcome'
    'signup',
  ],
}

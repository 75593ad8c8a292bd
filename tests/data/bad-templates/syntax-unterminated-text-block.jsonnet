function(ctx) {
  html: |||
    <p>Hi</p>

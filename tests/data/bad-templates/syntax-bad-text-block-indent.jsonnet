function(ctx) {
  html: |||
<p>no indent</p>
  |||,
}

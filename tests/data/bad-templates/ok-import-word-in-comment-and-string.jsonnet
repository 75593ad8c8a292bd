// import 'x.libsonnet'
function(ctx) {
  text: 'Please import your contacts',
  'import': 1,
}

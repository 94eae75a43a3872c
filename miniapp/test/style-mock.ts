// Stylesheets have no effect on behaviour under test.
export default {};

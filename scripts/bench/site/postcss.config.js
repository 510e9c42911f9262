const path = require("node:path");

// The product's Tailwind theme, with the classes of the product's components and of this app.
module.exports = {
  plugins: { tailwindcss: { config: path.join(__dirname, "tailwind.config.js") }, autoprefixer: {} },
};

// @ts-check
const path = require("node:path");
const product = require("../../../tailwind.config.js");

const root = path.join(__dirname, "..", "..", "..");

/** @type {import('tailwindcss').Config} */
module.exports = {
  ...product,
  content: [
    path.join(root, "components/**/*.{ts,tsx}"),
    path.join(root, "lib/**/*.{ts,tsx}"),
    path.join(__dirname, "app/**/*.{ts,tsx}"),
  ],
};

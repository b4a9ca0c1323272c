// Builds the `jixiao` command line into build/cli/: one file for what every command shares, and
// one chunk for each command, loaded when it runs. ExcelJS stays in node_modules. One file instead
// of some 170 compiled modules spares Node resolving, reading and wrapping each of them: a tenth of
// `jixiao validate`'s time on a 300-sheet workbook (npm run bench).
//   npx webpack --config webpack.cli.js          (npm run build:cli)
const path = require('path');

module.exports = {
  name: 'cli',
  mode: 'production',
  target: 'node20',
  // Readable stack traces in an internal-error report: nothing is minified.
  devtool: false,
  // One chunk per command, holding what it needs beyond main.js (no chunks shared between commands).
  optimization: { minimize: false, splitChunks: false },
  entry: { main: './src/cli/main.ts' },
  output: {
    path: path.resolve(__dirname, 'build', 'cli'),
    filename: '[name].js',
    chunkFilename: 'command-[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  externals: [({ request }, callback) => (/^exceljs(\/|$)/.test(request) ? callback(null, `commonjs ${request}`) : callback())],
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: 'tsconfig.cli.json',
            // ES modules, so that webpack joins them into one scope.
            compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'ES2022' },
          },
        },
      },
    ],
  },
  performance: { hints: false },
};

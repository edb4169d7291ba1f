#!/usr/bin/env bash
# Refresh web/vendor/ from the npm registry at the versions pinned in web/package-lock.json.
# The copied files are committed, so the explorer and /docs work with no internet and no npm.
set -euo pipefail
cd "$(dirname "$0")/../web"
npm ci --no-audit --no-fund --loglevel=error --ignore-scripts
rm -rf vendor && mkdir -p vendor
cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/cytoscape/LICENSE vendor/ 2>/dev/null || true
mv vendor/LICENSE vendor/cytoscape.LICENSE
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css vendor/
cp node_modules/swagger-ui-dist/LICENSE vendor/swagger-ui.LICENSE
cp node_modules/redoc/bundles/redoc.standalone.js vendor/
# ReDoc's sidebar shows a "powered by" logo fetched from its CDN: point it at our own icon (works offline)
sed -i 's#https://cdn.redoc.ly/redoc/logo-mini.svg#/web/favicon.svg#g' vendor/redoc.standalone.js
cp node_modules/redoc/LICENSE vendor/redoc.LICENSE
node -e 'const l=require("./package-lock.json").packages;for(const n of ["cytoscape","swagger-ui-dist","redoc"])console.log(n+"@"+l["node_modules/"+n].version)' > vendor/VERSIONS
cat vendor/VERSIONS

# syntax=docker/dockerfile:1
# One image for the api (default command), the worker and the migrations (see docker-compose.yml).

FROM node:24-bookworm-slim AS build
WORKDIR /app
# Same npm as the one that wrote package-lock.json: npm 11 runs only the install scripts that
# package.json's allowScripts approves.
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# The `node` package (the pinned Node 24 for machines without it, 190 MB) is not needed where the
# image's own Node 24 runs the service.
RUN npm run build && npm prune --omit=dev && rm -rf node_modules/node node_modules/.bin/node

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/console/dist ./apps/console/dist
# The files stay root-owned and read-only to the process; it runs as the image's unprivileged user.
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]

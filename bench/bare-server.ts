// The baseline of bench:server: a bare node:http server that answers every request with the same
// pre-serialized bytes (a real page of sessions captured from the embedded API). It does no
// parsing, no auth, no database: the ceiling any real server is measured against.
import http from 'node:http'
import { readFileSync } from 'node:fs'

const body = readFileSync(process.env.BODY_FILE!)
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length })
  response.end(body)
})
server.keepAliveTimeout = 60_000
server.listen(Number(process.env.PORT), '127.0.0.1')
process.on('SIGTERM', () => server.close(() => process.exit(0)))

// The physical reference for bench:ui: a hand-written page with no framework that does what the
// app's first screen must do at the least — fetch a token, fetch the same page of sessions, and
// render the rows with plain DOM. Written into the bench's build folder, so the same server serves
// it from the same origin. Its time from navigation start is the floor the app is compared with.

export const PLAIN_REFERENCE_FILE = 'plain-reference.html'

export const plainReferenceHtml = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sessions (plain reference)</title></head>
<body>
<table><caption>Sessions</caption>
<thead><tr><th>Session name</th><th>School</th><th>School year</th><th>Term</th><th>Begin</th><th>End</th><th>Days</th></tr></thead>
<tbody id="rows"></tbody></table>
<script type="module">
const limit = Number(new URLSearchParams(location.search).get('pageSize') || 25)
const tokenRes = await fetch('/api/oauth/token', {
  method: 'POST',
  headers: { authorization: 'Basic ' + btoa('RvcohKz9zHI4:E1iEFusaNf81xzCxwHfbolkC'), 'content-type': 'application/x-www-form-urlencoded' },
  body: 'grant_type=client_credentials',
})
const { access_token } = await tokenRes.json()
const res = await fetch('/api/data/v3/ed-fi/sessions?offset=0&limit=' + limit + '&totalCount=true', { headers: { authorization: 'Bearer ' + access_token } })
const sessions = await res.json()
const body = document.getElementById('rows')
const fragment = document.createDocumentFragment()
for (const s of sessions) {
  const tr = document.createElement('tr')
  const name = document.createElement('th')
  const link = document.createElement('a')
  link.href = '/sessions/' + s.id
  link.className = 'row-link'
  link.textContent = s.sessionName
  name.append(link)
  tr.append(name)
  for (const value of [s.schoolReference.schoolId, s.schoolYearTypeReference.schoolYear, s.termDescriptor.split('#').pop(), s.beginDate, s.endDate, s.totalInstructionalDays]) {
    const td = document.createElement('td')
    td.textContent = String(value)
    tr.append(td)
  }
  fragment.append(tr)
}
body.append(fragment)
</script>
</body>
</html>
`

import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { emptyProfileForm } from '../profile-form-schema.ts'
import { ProfileForm } from './profile-form.tsx'

function renderForm(props: Partial<Parameters<typeof ProfileForm>[0]> = {}) {
  const onSave = vi.fn()
  const onTest = vi.fn()
  const onCancel = vi.fn()
  render(<ProfileForm defaultValues={emptyProfileForm} onSave={onSave} onTest={onTest} onCancel={onCancel} {...props} />)
  return { onSave, onTest, onCancel, user: userEvent.setup() }
}

describe('ProfileForm', () => {
  it('labels every field and says where the secret is kept', () => {
    renderForm()
    expect(screen.getByLabelText('Name')).toHaveFocus()
    expect(screen.getByLabelText('API root URL')).toHaveAccessibleDescription(/e\.g\. https:\/\/api\.ed-fi\.org\/v7\.3\/api/)
    expect(screen.getByLabelText('Client key')).toBeInTheDocument()
    expect(screen.getByLabelText('Client secret')).toHaveAttribute('type', 'password')
    expect(screen.getByLabelText('Client secret')).toHaveAccessibleDescription(/never saved in this browser/)
    expect(screen.getByRole('checkbox', { name: 'Remember the secret for this tab' })).toHaveAccessibleDescription(/sessionStorage/)
  })

  it('shows each problem on its field (aria-invalid, aria-describedby) and moves focus to the first', async () => {
    const { user, onSave } = renderForm()
    await user.keyboard('{Enter}')
    const expectations = [
      ['Name', 'Enter a name for this connection.'],
      ['API root URL', 'Enter the API root URL.'],
      ['Client key', 'Enter the client key.'],
      ['Client secret', 'Enter the client secret.'],
    ] as const
    for (const [label, message] of expectations) {
      const field = screen.getByLabelText(label)
      expect(field).toHaveAttribute('aria-invalid', 'true')
      expect(field).toHaveAccessibleDescription(expect.stringContaining(message))
    }
    expect(screen.getByLabelText('Name')).toHaveFocus()
    expect(onSave).not.toHaveBeenCalled()
  })

  it.each([
    ['ftp://ods.example/api', 'The address must start with https:// or http://.'],
    ['ods.example/api', 'Enter a full address that starts with https:// or http://'],
    ['https://key:secret@ods.example/api', 'Remove the user name or password from the address'],
    ['https://ods.example/api?x=1', 'The API root has no ? or # part.'],
  ])('rejects the API root %s', async (url, message) => {
    const { user } = renderForm()
    await user.type(screen.getByLabelText('API root URL'), `${url}{Enter}`)
    expect(screen.getByLabelText('API root URL')).toHaveAccessibleDescription(expect.stringContaining(message))
  })

  it('is complete by keyboard: Tab through the fields, Space ticks the box, Enter saves and connects', async () => {
    const { user, onSave } = renderForm()
    await user.keyboard('District production')
    await user.tab()
    await user.keyboard('https://ods.district.example/api//')
    await user.tab()
    await user.keyboard(' district-key ')
    await user.tab()
    await user.keyboard('s3cret')
    await user.tab()
    expect(screen.getByRole('checkbox', { name: 'Remember the secret for this tab' })).toHaveFocus()
    await user.keyboard(' ')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Save and connect' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onSave).toHaveBeenCalledWith(
      {
        name: 'District production',
        apiRoot: 'https://ods.district.example/api',
        clientKey: 'district-key',
        clientSecret: 's3cret',
        rememberSecret: true,
      },
      { connect: true },
    )
  })

  it('tests the typed settings without saving them', async () => {
    const { user, onSave, onTest } = renderForm({
      defaultValues: {
        name: 'Sandbox',
        apiRoot: 'https://api.ed-fi.org/v7.3/api/',
        clientKey: 'k',
        clientSecret: 's',
        rememberSecret: false,
      },
    })
    await user.click(screen.getByRole('button', { name: 'Test connection' }))
    expect(onTest).toHaveBeenCalledWith(expect.objectContaining({ apiRoot: 'https://api.ed-fi.org/v7.3/api' }), expect.anything())
    expect(onSave).not.toHaveBeenCalled()
  })

  it('when editing with a known secret, a blank secret keeps it; a name already in use is refused', async () => {
    const { user, onSave } = renderForm({
      defaultValues: {
        name: 'Sandbox',
        apiRoot: 'https://api.ed-fi.org/v7.3/api',
        clientKey: 'k',
        clientSecret: '',
        rememberSecret: false,
      },
      secretKnown: true,
      takenNames: ['Embedded demo API'],
    })
    expect(screen.getByLabelText('Client secret')).toHaveAccessibleDescription(/Leave blank to keep/)
    await user.clear(screen.getByLabelText('Name'))
    await user.type(screen.getByLabelText('Name'), 'embedded demo api{Enter}')
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Another connection already has this name.')
    await user.clear(screen.getByLabelText('Name'))
    await user.type(screen.getByLabelText('Name'), 'Sandbox 2')
    await user.click(screen.getByRole('button', { name: 'Save only' }))
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ name: 'Sandbox 2', clientSecret: '' }), { connect: false })
  })
})

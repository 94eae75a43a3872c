import { fireEvent, render, screen } from '@testing-library/react'
import taroMock from '../../../test/taro-mock'
import { openPage } from '../../services/browser'
import HomePage from '.'

jest.mock('../../services/browser')

describe('home page', () => {
  it('calls 110 and 12338 in one tap', () => {
    render(<HomePage />)

    fireEvent.click(screen.getByTestId('call-110'))
    fireEvent.click(screen.getByTestId('call-12338'))

    expect(openPage).toHaveBeenNthCalledWith(1, 'tel:110')
    expect(openPage).toHaveBeenNthCalledWith(2, 'tel:12338')
  })

  it('has the quick exit on the page', () => {
    render(<HomePage />)

    expect(screen.getByTestId('quick-exit')).toHaveTextContent('快速离开')
  })

  it('opens the centre finder', () => {
    taroMock.navigateTo.mockResolvedValue(undefined)
    render(<HomePage />)

    fireEvent.click(screen.getByTestId('entry-find-centre'))

    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/centres/index' })
  })

  it.each(['entry-book', 'entry-callback'])('%s says calmly that it opens soon', (testId) => {
    render(<HomePage />)
    expect(screen.queryByTestId('coming-soon')).not.toBeInTheDocument()

    fireEvent.click(screen.getByTestId(testId))

    expect(screen.getByTestId('coming-soon')).toHaveTextContent('即将开放')
  })
})

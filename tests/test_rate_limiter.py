"""aiogram's rate limiter (PTB has its own): about one message a second per chat after a burst
of 20, about 30 a second for the bot. Measured on `VirtualTime`, the clock the Telegram tests
give it, so these seconds pass without waiting."""

from __future__ import annotations

import pytest

from tests.telegram_bots import VirtualTime


async def send_times(time: VirtualTime, chats: list[int | None]) -> list[float]:
    """When each message may go, one after the other, through one limiter."""
    limiter, times = time.limiter(), []
    for chat in chats:
        await limiter.acquire(chat)
        times.append(time.now)
    return times


async def test_one_chat_gets_a_burst_of_20_then_one_message_a_second():
    times = await send_times(VirtualTime(), [7] * 25)
    assert times[:20] == [0.0] * 20
    assert times[20:] == pytest.approx([1.0, 2.0, 3.0, 4.0, 5.0])


async def test_a_busy_chat_does_not_hold_back_another_chat():
    times = await send_times(VirtualTime(), [7] * 21 + [8])
    assert times[-1] == times[-2] == pytest.approx(1.0)


async def test_the_bot_sends_about_30_messages_a_second_over_all_chats():
    times = await send_times(VirtualTime(), list(range(60)))
    assert times[:30] == [0.0] * 30
    assert times[30] == pytest.approx(1 / 30)
    assert times[-1] == pytest.approx(1.0)

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>A clock that moves only when a test calls <see cref="Advance"/>, firing the timers that fall due.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Gets the number of timers armed and not yet fired or disposed.</summary>
    public int ArmedTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(timer => timer.DueTicks is not null);
            }
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _ticks;
        }
    }

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(GetTimestamp());

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock on and fires, in order, every one-shot timer due by then.</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _ticks += by.Ticks;
            due = [.. _timers.Where(timer => timer.DueTicks <= _ticks).OrderBy(timer => timer.DueTicks)];
            foreach (var timer in due)
            {
                timer.DueTicks = null;
            }
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    /// <summary>Waits (in real time, a few seconds at most) until at least <paramref name="count"/> timers are armed.</summary>
    public async Task WhenArmedAsync(int count = 1)
    {
        for (int i = 0; i < 500 && ArmedTimers < count; i++)
        {
            await Task.Delay(10);
        }

        if (ArmedTimers < count)
        {
            throw new TimeoutException($"Expected {count} armed timer(s), found {ArmedTimers}.");
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private void Arm(ManualTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            timer.DueTicks = dueTime == Timeout.InfiniteTimeSpan ? null : _ticks + dueTime.Ticks;
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public long? DueTicks { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (period != Timeout.InfiniteTimeSpan)
            {
                throw new NotSupportedException("Only one-shot timers are emulated.");
            }

            owner.Arm(this, dueTime);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}

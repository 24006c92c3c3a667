namespace SgGrid.Grains.Tests.FanOut;

/// <summary>Counts the grain calls a silo receives, per interface and method (one instance per silo).</summary>
public sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private long _calls;

    /// <summary>Calls received since the silo started.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Interlocked.Increment(ref _calls);
        return context.Invoke();
    }
}

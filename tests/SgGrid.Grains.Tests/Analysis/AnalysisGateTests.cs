using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SgGrid.Domain.Errors;
using SgGrid.Grains.Analysis;
using SgGrid.Grains.Diagnostics;

namespace SgGrid.Grains.Tests.Analysis;

/// <summary>
/// The bounds on expensive analyses (issue 14.1): per tenant (refused at once), per silo (a bounded wait for a slot),
/// in time, and a computation that stops when its caller is gone, releasing what it held.
/// </summary>
public sealed class AnalysisGateTests : IDisposable
{
    private const string Alice = "1000000000000101";
    private const string Bob = "1000000000000202";
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    private AnalysisGate Gate(Action<AnalysisOptions>? configure = null)
    {
        var options = new AnalysisOptions { MaxConcurrentAnalysesPerTenant = 2, MaxConcurrentAnalyses = 1 };
        configure?.Invoke(options);
        return new AnalysisGate(Options.Create(options), new AnalysisInstruments(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
    }

    private static EcsError TooLong(string detail) => new(EcsErrorCodes.DiffTooComplex, detail);

    [Fact]
    public void TryBegin_PastTheTenantsLimit_IsRefusedWhileAnotherTenantBegins()
    {
        using var gate = Gate();
        using var first = gate.TryBegin(Alice, TooLong, CancellationToken.None);
        using var second = gate.TryBegin(Alice, TooLong, CancellationToken.None);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(gate.TryBegin(Alice, TooLong, CancellationToken.None));
        using var other = gate.TryBegin(Bob, TooLong, CancellationToken.None);
        Assert.NotNull(other);
        Assert.Equal(2, gate.InProgress(Alice));
    }

    [Fact]
    public void Dispose_EndsTheAnalysis_AndLeavesNoEntryForTheTenant()
    {
        using var gate = Gate(o => o.MaxConcurrentAnalysesPerTenant = 1);
        gate.TryBegin(Alice, TooLong, CancellationToken.None)!.Dispose();

        Assert.Equal(0, gate.InProgress(Alice));
        using var again = gate.TryBegin(Alice, TooLong, CancellationToken.None);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task ComputeAsync_CallerGone_StopsTheWorkAndReleasesTheSlot()
    {
        using var gate = Gate();
        using var caller = new CancellationTokenSource();
        var lease = gate.TryBegin(Alice, TooLong, caller.Token)!;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var iterations = 0L;

        var computing = lease.ComputeAsync<int>(token =>
        {
            started.TrySetResult();
            while (true)
            {
                token.ThrowIfCancellationRequested(); // the domain's loops check the token like this
                Interlocked.Increment(ref iterations);
                Thread.SpinWait(100);
            }
        });
        await started.Task;
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => computing);
        Assert.Equal(1, gate.FreeSlots);
        var after = Interlocked.Read(ref iterations);
        lease.Dispose();
        Assert.Equal(0, gate.InProgress(Alice));
        Assert.Equal(after, Interlocked.Read(ref iterations)); // nothing runs on after the caller left
    }

    [Fact]
    public async Task ComputeAsync_EverySlotBusyPastTheWait_IsThrottling()
    {
        using var gate = Gate(o => o.MaxAnalysisWait = TimeSpan.Zero);
        using var holder = gate.TryBegin(Bob, TooLong, CancellationToken.None)!;
        using var release = new ManualResetEventSlim();
        var holding = holder.ComputeAsync(_ =>
        {
            release.Wait(CancellationToken.None);
            return 0;
        });
        while (gate.FreeSlots > 0)
        {
            await Task.Yield();
        }

        using var lease = gate.TryBegin(Alice, TooLong, CancellationToken.None)!;
        var refused = await Assert.ThrowsAsync<AnalysisRefusedException>(() => lease.ComputeAsync(_ => 1));
        release.Set();
        await holding;

        Assert.Equal((EcsErrorCodes.Throttling, "Request was denied due to request throttling."), (refused.Error.Code, refused.Error.Message));
        Assert.Equal(1, await lease.ComputeAsync(_ => 1)); // a free slot again
    }

    [Fact]
    public async Task ComputeAsync_PastTheAnalysisTime_AnswersTheCallersTooComplexError()
    {
        using var gate = Gate(o => o.MaxAnalysisTime = TimeSpan.FromMilliseconds(50));
        using var lease = gate.TryBegin(Alice, TooLong, CancellationToken.None)!;

        var refused = await Assert.ThrowsAsync<AnalysisRefusedException>(() => lease.ComputeAsync(token =>
        {
            token.WaitHandle.WaitOne();
            token.ThrowIfCancellationRequested();
            return 0;
        }));

        Assert.Equal(EcsErrorCodes.DiffTooComplex, refused.Error.Code);
        Assert.Contains("0.05 s", refused.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, gate.FreeSlots);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)]
    public void Validator_NonPositiveBounds_AreReported(int perTenant, int perSilo, int cachedPolicies)
    {
        var result = new AnalysisOptionsValidator().Validate(null, new AnalysisOptions
        {
            MaxConcurrentAnalysesPerTenant = perTenant,
            MaxConcurrentAnalyses = perSilo,
            MaxCachedProductionPolicies = cachedPolicies,
        });

        Assert.True(result.Failed);
        Assert.Contains(AnalysisOptions.SectionName, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_Defaults_Succeed() => Assert.True(new AnalysisOptionsValidator().Validate(null, new AnalysisOptions()).Succeeded);
}

using SgGrid.Grains.Abstractions.Replay;

namespace SgGrid.Grains.Replay;

/// <summary>The last replay jobs of a region, oldest first (at most <see cref="IReplayJobGrain.MaxJobs"/>).</summary>
[GenerateSerializer, Alias("sggrid.ReplayJobState")]
public sealed class ReplayJobState
{
    [Id(0)] public List<ReplayJobStatus> Jobs { get; set; } = [];
}

namespace SgGrid.Grains.Abstractions.Common;

/// <summary>How a mutating call returns: after every affected ENI serves the change (default), or at once.</summary>
[GenerateSerializer, Immutable, Alias("sggrid.MutationOptions")]
public sealed record MutationOptions
{
    public static MutationOptions Default { get; } = new();

    public static MutationOptions NoWait { get; } = new() { WaitForConvergence = false };

    /// <summary>Return only when the change has reached every member ENI (and referencing groups' members).</summary>
    [Id(0)] public bool WaitForConvergence { get; init; } = true;
}

namespace SgGrid.Grains.Tests;

/// <summary>The xunit collection that shares <see cref="ClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SharedCluster : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

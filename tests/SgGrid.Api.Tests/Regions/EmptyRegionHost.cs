using SgGrid.Api.Tests.Hosting;

namespace SgGrid.Api.Tests.Regions;

/// <summary>
/// A second SgGrid process (same tenants, nothing in them) for the region tests: ids are global, as in the cloud, so a
/// region re-imported "into an empty tenant" goes to another SgGrid, as a user's copy would.
/// </summary>
public sealed class EmptyRegionHost : IAsyncLifetime
{
    public ApiHostFixture Host { get; } = new();

    public Task InitializeAsync() => Host.InitializeAsync();

    public Task DisposeAsync() => Host.DisposeAsync();
}

using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.NetworkInterfaces;

/// <summary>ENIs that join one group at the same time must each learn of the others (intra-group trust, D1/D3).</summary>
[Collection(SharedCluster.Name)]
public class ConcurrentJoinTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    /// <remarks>
    /// Guards a race found in review: notifications that arrive while an ENI is still joining (the group not yet in its
    /// persisted list) used to be dropped, leaving the ENI with the snapshot from its own AddMember.
    /// </remarks>
    [Fact]
    public async Task Create_ConcurrentlyInOneGroup_EveryEniSeesEveryMember()
    {
        var group = await _region.CreateGroupAsync();
        var enis = Enumerable.Range(0, 4).Select(_ => (Id: TestIds.NetworkInterface(), Address: _region.NextAddress())).ToArray();

        var outcomes = await Task.WhenAll(enis.Select(e => _region.Eni(e.Id).CreateAsync(_region.Spec(e.Address, group), MutationOptions.Default)));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, string.Join("; ", o.Errors)));
        foreach (var (id, address) in enis)
        {
            _region.Track(id, address, group);
        }

        await _region.AssertMatchesReferenceAsync();
    }
}

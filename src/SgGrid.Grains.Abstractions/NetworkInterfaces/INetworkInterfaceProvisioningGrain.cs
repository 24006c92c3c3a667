namespace SgGrid.Grains.Abstractions.NetworkInterfaces;

/// <summary>
/// The bulk path for populating a region (a stateless worker on the caller's silo): joins a whole batch of ENIs to each
/// of their groups with one version per group (<c>ISecurityGroupGrain.AddMembersAsync</c>), then creates each ENI (its own
/// joins are then no-ops), so populating a group of N members costs O(N) notifications instead of O(N²).
/// </summary>
[Alias("sggrid.INetworkInterfaceProvisioningGrain")]
public interface INetworkInterfaceProvisioningGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Creates the ENIs of <paramref name="spec"/>. Refused whole (nothing created) when a group refuses the batch; otherwise
    /// each ENI succeeds or fails alone, and a failed one is taken out of the groups again. With
    /// <paramref name="options"/>' convergence wait it returns once every member of every group serves the final versions.
    /// </summary>
    [Alias("CreateMany")]
    Task<NetworkInterfaceBulkResult> CreateManyAsync(NetworkInterfaceBulkSpec spec, Common.MutationOptions options);
}

using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Common;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>The ENI's tags (TagResources / UntagResources), kept in its own state and shown in the tenant's directory.</summary>
public sealed partial class NetworkInterfaceGrain
{
    public Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change) =>
        TagEdits.ChangeAsync(CheckOwner(caller), State.Tags, change, async () =>
        {
            await state.WriteStateAsync();
            await PublishSummaryAsync();
        }, () => 0);
}

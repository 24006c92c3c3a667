using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Common;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>The ENI's tags (TagResources / UntagResources), kept in its own state and shown in the tenant's directory.</summary>
public sealed partial class NetworkInterfaceGrain
{
    public async Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (CheckOwner(caller) is { } error)
        {
            return MutationResult.Failure(error);
        }

        if (TagEdits.TryApply(State.Tags, change, out var changed) is { } refused)
        {
            return MutationResult.Failure(refused);
        }

        if (changed)
        {
            await state.WriteStateAsync();
            await PublishSummaryAsync();
        }

        return MutationResult.Success(0);
    }
}

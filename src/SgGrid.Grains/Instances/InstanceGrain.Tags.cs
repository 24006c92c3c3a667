using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Common;

namespace SgGrid.Grains.Instances;

/// <summary>The instance's tags (TagResources / UntagResources), kept in its own state and shown in the tenant's directory.</summary>
public sealed partial class InstanceGrain
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
            await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(Summary());
        }

        return MutationResult.Success(0);
    }
}

using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Common;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.PrefixLists;

/// <summary>The prefix list's tags (TagResources / UntagResources), kept in its own state and shown in the tenant's directory.</summary>
public sealed partial class PrefixListGrain
{
    public async Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!IsVisibleTo(caller))
        {
            return MutationResult.Failure(ResourceErrors.PrefixListNotFound());
        }

        if (TagEdits.TryApply(State.Tags, change, out var changed) is { } refused)
        {
            return MutationResult.Failure(refused);
        }

        if (changed)
        {
            await state.WriteStateAsync();
            await GrainFactory.GetAccountRegionDirectory(Owner).UpdateAsync(ToSummary());
        }

        return MutationResult.Success(State.Version);
    }
}

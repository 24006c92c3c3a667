using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Common;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.PrefixLists;

/// <summary>The prefix list's tags (TagResources / UntagResources), kept in its own state and shown in the tenant's directory.</summary>
public sealed partial class PrefixListGrain
{
    public Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change) =>
        TagEdits.ChangeAsync(IsVisibleTo(caller) ? null : ResourceErrors.PrefixListNotFound(), State.Tags, change, async () =>
        {
            await state.WriteStateAsync();
            await GrainFactory.GetAccountRegionDirectory(Owner).UpdateAsync(ToSummary());
        }, () => State.Version);
}

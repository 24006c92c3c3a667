using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Common;

namespace SgGrid.Grains.Instances;

/// <summary>The instance's tags (TagResources / UntagResources), kept in its own state and shown in the tenant's directory.</summary>
public sealed partial class InstanceGrain
{
    public Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change) =>
        TagEdits.ChangeAsync(CheckOwner(caller), State.Tags, change, async () =>
        {
            await state.WriteStateAsync();
            await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(Summary());
        }, () => 0);
}

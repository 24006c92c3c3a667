using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Directories;
using SgGrid.Grains.Common;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.SecurityGroups;

/// <summary>The group's tags (TagResources / UntagResources), kept in its own state and shown in the tenant's directory.</summary>
public sealed partial class SecurityGroupGrain
{
    public Task<MutationResult> ChangeTagsAsync(ResourceOwner caller, TagChange change) =>
        TagEdits.ChangeAsync(State.Exists && SameTenant(caller) ? null : ResourceErrors.SecurityGroupNotFound(), State.Tags, change, async () =>
        {
            await PersistAsync();
            await GrainFactory.GetAccountRegionDirectory(State.Owner!).UpdateAsync(Summary());
        }, () => State.Version);
}

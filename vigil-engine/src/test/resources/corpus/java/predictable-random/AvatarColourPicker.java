// vigil-expect: safe cwe=330
// case: java.util.Random picks a default avatar colour stored on the new profile
package corpus.random2;

import java.util.Random;

public class AvatarColourPicker {
  private static final String[] COLOURS = {"#1abc9c", "#3498db", "#9b59b6", "#e67e22", "#e74c3c"};
  private final Random random = new Random();

  public static final class Profile {
    String login;
    String avatarColour;
  }

  public Profile create(String login) {
    Profile profile = new Profile();
    profile.login = login;
    profile.avatarColour = COLOURS[random.nextInt(COLOURS.length)];
    return profile;
  }
}
